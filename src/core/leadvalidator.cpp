#include "leadvalidator.h"

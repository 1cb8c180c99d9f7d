#include "lead.h"

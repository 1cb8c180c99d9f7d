#include "leadfield.h"

#include "leadstate.h"

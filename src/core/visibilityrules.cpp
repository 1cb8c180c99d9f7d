#include "visibilityrules.h"

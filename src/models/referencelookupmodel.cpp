#include "referencelookupmodel.h"

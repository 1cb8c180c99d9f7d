#include "passwordhasher.h"

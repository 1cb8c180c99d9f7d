#include "role.h"

#include "permissions.h"

#include "leadsource.h"

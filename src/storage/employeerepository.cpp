#include "employeerepository.h"

#include "leadrepository.h"

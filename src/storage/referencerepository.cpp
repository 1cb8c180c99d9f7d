#include "referencerepository.h"

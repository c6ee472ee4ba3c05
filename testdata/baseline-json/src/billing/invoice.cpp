#include "billing/invoice.h"

#include "billing/invoice.h"

billing::Invoice billing::invoice_for(int order) { return Invoice{order * 10}; }

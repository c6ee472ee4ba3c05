#include "payments/charge.h"

bool refund() { return payments::charge(core::Money{-500}); }

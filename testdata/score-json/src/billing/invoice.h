#pragma once
namespace billing {
struct Invoice {
  int total;
};
Invoice invoice_for(int order);
}  // namespace billing

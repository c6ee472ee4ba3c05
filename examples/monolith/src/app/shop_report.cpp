// The end-of-run summary printed by the demo. Kept apart from shop.cpp
// because it only reads state and is what people tweak most often.
#include <string>

#include "app/build_info.h"
#include "app/shop.h"

namespace app {

void Shop::print_report(std::ostream& out) const {
    out << "== " << banner() << " ==\n";
    report_.render(out);
    out << "invoices:        " << ledger_.size() << " (" << ledger_.outstanding().size() << " outstanding)\n";
    out << "emails queued:   " << notifier_.outbox().size() << " (tracked " << tracker_.count("email_sent")
        << ")\n";
    print_outstanding(out);
    out << "audit trail:\n";
    for (const std::string& line : audit_.lines()) {
        out << "  " << line << "\n";
    }
}

void Shop::print_outstanding(std::ostream& out) const {
    for (const billing::Invoice* invoice : ledger_.outstanding()) {
        out << "  " << billing::format_invoice_number(invoice->number()) << " for "
            << orders::to_display(invoice->order_id()) << ": " << invoice->gross().to_string() << "\n";
    }
}

}  // namespace app

#include "analytics/sales_report.h"

#include <iomanip>

namespace analytics {

void SalesReport::add_order(const orders::Order& order) {
    if (order.status() == orders::OrderStatus::Cancelled) {
        return;
    }
    ++orders_;
    revenue_ = orders_ == 1 ? order.subtotal() : revenue_ + order.subtotal();
    for (const orders::OrderLine& line : order.lines()) {
        auto [it, inserted] = revenue_by_sku_.try_emplace(line.sku, line.total());
        if (!inserted) {
            it->second += line.total();
        }
    }
}

void SalesReport::add_payment(const payments::PaymentRecord& payment) {
    if (payment.status == payments::PaymentStatus::Failed) {
        ++failed_payments_;
    }
}

void SalesReport::add_visit(std::uint64_t visitor_id) {
    if (visitor_id == USERS_ANONYMOUS_ID) {  // seams-demo: undeclared-dependency (macro defined in users, expanded here)
        ++anonymous_visits_;
    } else {
        ++known_visits_;
    }
}

std::string SalesReport::best_seller() const {
    std::string best;
    core::Money best_revenue;
    for (const auto& [sku, revenue] : revenue_by_sku_) {
        if (best.empty() || revenue > best_revenue) {
            best = sku.code;  // seams-demo: undeclared-dependency (type use only: member of catalog::Sku)
            best_revenue = revenue;
        }
    }
    return best;
}

double SalesReport::conversion_rate() const {
    const std::size_t visits = known_visits_ + anonymous_visits_;
    return visits == 0 ? 0.0 : static_cast<double>(orders_) / static_cast<double>(visits);
}

void SalesReport::render(std::ostream& out) const {
    out << "orders:          " << orders_ << "\n"
        << "revenue placed:  " << revenue_.to_string() << "\n"
        << "best seller:     " << (best_seller().empty() ? "-" : best_seller()) << "\n"
        << "failed payments: " << failed_payments_ << "\n"
        << "visits:          " << known_visits_ << " signed in, " << anonymous_visits_ << " anonymous\n"
        << "conversion:      " << std::fixed << std::setprecision(1) << conversion_rate() * 100.0 << "%\n";
}

}  // namespace analytics

#include "app/shop.h"

#include "app/build_info.h"
#include "core/logging.h"
#include "internal/seed.h"

namespace app {

Shop::Shop(const core::Clock& clock)
    : audit_(clock),
      tracker_(clock),
      notifier_(tracker_),
      invoicing_(ledger_, users_),
      orders_(inventory_, clock),
      gateway_(core::Money(50000, core::Currency::EUR)),
      payments_(gateway_, clock) {
    orders_.subscribe(invoicing_);
    audit_.record(system_.display_name(), "started " + banner());
}

std::vector<users::UserId> Shop::seed() {
    const detail::SeedSummary summary = detail::seed_catalog_and_users(catalog_, inventory_, users_);
    for (const users::UserId id : summary.customers) {
        if (const users::User* user = users_.find(id)) {
            notifier_.welcome(*user);
        }
    }
    audit_.record(system_.display_name(), "seeded " + std::to_string(summary.products) + " products, " +
                                              std::to_string(summary.units) + " units");
    return summary.customers;
}

bool Shop::checkout(users::UserId customer_id, const CartItems& items, std::string_view card_number,
                    std::string_view region) {
    const users::User* customer = users_.find(customer_id);
    if (customer == nullptr) {
        return false;
    }
    orders::Cart cart(customer_id);
    for (const auto& [code, quantity] : items) {
        const catalog::Product* product = catalog_.find(catalog::Sku{code});
        if (product == nullptr || !cart.add(*product, quantity)) {
            CORE_LOG_WARN("app", "skipping cart item " + code);
        }
    }
    const core::Result<orders::OrderId> placed = orders_.place(cart, region);
    if (!placed) {
        CORE_LOG_WARN("app", "checkout failed: " + placed.error().message);
        return false;
    }
    const orders::Order& order = *orders_.find(placed.value());
    const std::string ref = orders::to_display(order.id());
    tracker_.record("order_placed", customer_id.value, {{"order", ref}, {"region", std::string(region)}});
    report_.add_order(order);

    billing::Invoice* invoice = ledger_.find_by_order(order.id());
    if (invoice == nullptr) {
        return false;
    }
    // The storefront tokenises the card itself instead of handing payments a reference.
    const auto card = payments::internal::CardToken::from_test_card(card_number);  // seams-demo: private-access (type from a private header that leaks through public payments/gateway.h)
    const core::Result<payments::PaymentRecord> paid = payments_.pay(*invoice, card);
    report_.add_payment(payments_.history().back());
    if (!paid) {
        notifier_.payment_failed(*customer, ref, paid.error().message);
        return false;
    }
    orders_.mark_paid(order.id());
    notifier_.order_confirmation(*customer, ref, invoice->gross());
    audit_.record(customer->display_name(), "paid " + ref + " with " + paid.value().provider_reference);
    return true;
}

}  // namespace app

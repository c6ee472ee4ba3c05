// The shop demo: seeds data, runs four checkouts (happy path, a retried
// payment, a declined card, an out-of-stock cart) and prints the report.
#include <iostream>

#include "app/shop.h"
#include "core/clock.h"
#include "core/logging.h"

int main() {
    core::SystemClock clock;
    app::Shop shop(clock);

    const std::vector<users::UserId> customers = shop.seed();
    if (customers.size() < 3) {
        std::cerr << "seeding failed\n";
        return 1;
    }
    const users::UserId ada = customers[0];
    const users::UserId grace = customers[1];
    const users::UserId bjarne = customers[2];

    shop.visit(USERS_ANONYMOUS_ID);
    shop.visit(ada.value);
    shop.visit(grace.value);
    shop.visit(bjarne.value);

    int ok = 0;
    ok += shop.checkout(ada, {{"BOOK-0001", 2}, {"GROC-0042", 1}}, "4242424242424242", "DE");
    shop.fail_next_payment();  // transient issuer error: retried by payments
    ok += shop.checkout(grace, {{"GROC-0042", 12}, {"DIGI-0007", 1}}, "5555555555554444", "US-CA");
    ok += shop.checkout(bjarne, {{"ELEC-0100", 5}}, "4000000000000002", "FR");  // over the card limit
    ok += shop.checkout(ada, {{"BOOK-0002", 10}}, "4242424242424242", "DE");    // only 3 in stock

    shop.print_report(std::cout);
    std::cout << "checkouts ok:    " << ok << " of 4\n";
    std::cout << "last log lines:\n";
    for (const std::string& line : core::Logger::instance().tail(5)) {
        std::cout << "  " << line << "\n";
    }
    return ok == 2 ? 0 : 1;
}

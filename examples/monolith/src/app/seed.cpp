#include "internal/seed.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

namespace app::detail {

namespace {

struct ProductRow {
    const char* sku;
    const char* title;
    catalog::Category category;
    std::int64_t cents;
    int units;
};

constexpr ProductRow kProducts[] = {
    {"BOOK-0001", "Designing Data-Intensive Applications", catalog::Category::Books, 4290, 25},
    {"BOOK-0002", "Large-Scale C++ Software Design", catalog::Category::Books, 5990, 3},
    {"ELEC-0100", "Mechanical keyboard", catalog::Category::Electronics, 12900, 10},
    {"GROC-0042", "Coffee beans 1kg", catalog::Category::Grocery, 1890, 200},
    {"DIGI-0007", "C++ conference video pass", catalog::Category::Digital, 9900, 1000},
};

}  // namespace

SeedSummary seed_catalog_and_users(catalog::Catalog& catalog, catalog::Inventory& inventory,
                                   users::UserDirectory& directory) {
    SeedSummary summary;
    for (const ProductRow& row : kProducts) {
        catalog::Product product;
        product.sku = catalog::Sku{row.sku};
        product.title = row.title;
        product.category = row.category;
        product.price = core::Money(row.cents, core::Currency::EUR);
        catalog.add(product);
        inventory.receive(product.sku, row.units);
        ++summary.products;
        summary.units += static_cast<std::size_t>(row.units);
    }
    for (const auto& [name, email] : {std::pair{"Ada Lovelace", "ada@example.com"},
                                      std::pair{"Grace Hopper", "grace@example.com"},
                                      std::pair{"Bjarne S", "bjarne@example.org"}}) {
        if (auto id = directory.register_user(name, email, std::string("pw-") + name)) {
            summary.customers.push_back(*id);
        }
    }
    directory.register_user("Support Sam", "sam@shop.example", "support", users::Role::Support);
    return summary;
}

}  // namespace app::detail

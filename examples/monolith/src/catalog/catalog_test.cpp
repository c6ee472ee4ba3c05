// Tiny self-checking test for catalog. It is compiled by the build but
// excluded from analysis by seams.yaml ("**/*_test.cpp"): it freely uses
// orders and users to build fixtures, which would otherwise show up as
// catalog -> orders and catalog -> users dependencies (and a cycle).
#include <cassert>
#include <iostream>

#include "catalog/catalog.h"
#include "catalog/inventory.h"
#include "orders/cart.h"

int main() {
    catalog::Catalog products;
    catalog::Product book;
    book.sku = catalog::Sku{"BOOK-1"};
    book.title = "The C++ Programming Language";
    book.price = core::Money(4500, core::Currency::EUR);
    products.add(book);

    const auto quote = products.quote(catalog::Sku{"BOOK-1"}, 10);
    assert(quote.ok());
    assert(quote.value().minor_units() == 42750);  // 5% volume discount
    assert(!products.quote(catalog::Sku{"NOPE"}, 1).ok());

    catalog::Inventory stock;
    stock.receive(book.sku, 3);
    assert(stock.reserve(book.sku, 2));
    assert(!stock.reserve(book.sku, 2));
    assert(stock.available(book.sku) == 1);

    orders::Cart cart(users::UserId{7});
    assert(cart.add(*products.find(book.sku), 10));
    assert(cart.subtotal() == quote.value());

    std::cout << "catalog_test: all checks passed\n";
    return 0;
}

#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "core/id.h"
#include "core/money.h"

namespace catalog {

struct ProductTag;
using ProductId = core::StrongId<ProductTag>;

// Stock keeping unit, e.g. "BOOK-0001". The merchant-facing key of a product.
struct Sku {
    std::string code;
    friend auto operator<=>(const Sku&, const Sku&) = default;
    friend bool operator==(const Sku&, const Sku&) = default;
};

enum class Category { Books, Electronics, Grocery, Digital };

std::string_view category_name(Category category);

struct Product {
    ProductId id;
    Sku sku;
    std::string title;
    Category category = Category::Books;
    core::Money price;
    bool active = true;
};

// Digital goods are delivered by download and never reserve stock.
bool is_shippable(const Product& product);

}  // namespace catalog

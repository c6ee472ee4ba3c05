#include "catalog/product.h"

namespace catalog {

std::string_view category_name(Category category) {
    switch (category) {
        case Category::Books:
            return "books";
        case Category::Electronics:
            return "electronics";
        case Category::Grocery:
            return "grocery";
        case Category::Digital:
            return "digital";
    }
    return "unknown";
}

bool is_shippable(const Product& product) {
    return product.active && product.category != Category::Digital;
}

}  // namespace catalog

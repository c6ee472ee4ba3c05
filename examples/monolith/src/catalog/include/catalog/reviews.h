#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/product.h"

namespace catalog {

struct Review {
    Sku sku;
    std::uint64_t author_id = 0;  // an account id; catalog does not resolve it
    int stars = 0;                // 1..5
    std::string text;
};

// Customer reviews per product, with a simple moderation filter.
class ReviewBoard {
public:
    bool submit(Review review);
    std::optional<double> average_rating(const Sku& sku) const;
    std::vector<Review> for_product(const Sku& sku) const;
    std::size_t rejected() const { return rejected_; }

private:
    std::vector<Review> reviews_;
    std::size_t rejected_ = 0;
};

}  // namespace catalog

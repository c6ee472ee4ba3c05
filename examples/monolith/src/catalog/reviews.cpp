#include "catalog/reviews.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "users/user.h"  // seams-demo: undeclared-dependency (plain #include)

namespace catalog {

namespace {

// Reviews containing any of these are held back for a human moderator.
constexpr std::array<std::string_view, 3> kBlockedWords{"http://", "https://", "casino"};

bool needs_moderation(const std::string& text) {
    return std::any_of(kBlockedWords.begin(), kBlockedWords.end(),
                       [&](std::string_view word) { return text.find(word) != std::string::npos; });
}

}  // namespace

bool ReviewBoard::submit(Review review) {
    if (review.stars < 1 || review.stars > 5 || needs_moderation(review.text)) {
        ++rejected_;
        return false;
    }
    reviews_.push_back(std::move(review));
    return true;
}

std::optional<double> ReviewBoard::average_rating(const Sku& sku) const {
    int total = 0;
    int count = 0;
    for (const Review& review : reviews_) {
        if (review.sku == sku) {
            total += review.stars;
            ++count;
        }
    }
    if (count == 0) {
        return std::nullopt;
    }
    return static_cast<double>(total) / count;
}

std::vector<Review> ReviewBoard::for_product(const Sku& sku) const {
    std::vector<Review> result;
    std::copy_if(reviews_.begin(), reviews_.end(), std::back_inserter(result),
                 [&](const Review& review) { return review.sku == sku; });
    return result;
}

}  // namespace catalog

// Developer tool: prints a CSV of random-but-deterministic products and
// customers for load tests. It lives outside src/ and no module owns it.
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <random>
#include <string>

#include "catalog/product.h"
#include "users/email.h"

namespace {

constexpr const char* kWords[] = {"Deluxe", "Compact", "Organic", "Wireless", "Classic", "Pro"};
constexpr const char* kNouns[] = {"Kettle", "Notebook", "Headphones", "Tea", "Backpack", "Lamp"};

std::string pick(std::mt19937& rng, const char* const* words, std::size_t count) {
    std::uniform_int_distribution<std::size_t> dist(0, count - 1);
    return words[dist(rng)];
}

}  // namespace

int main(int argc, char** argv) {
    const int rows = argc > 1 ? std::stoi(argv[1]) : 10;
    std::mt19937 rng(20240301);
    std::uniform_int_distribution<std::int64_t> cents(199, 19999);

    std::cout << "kind,key,name,price_or_email\n";
    for (int i = 1; i <= rows; ++i) {
        catalog::Product product;
        product.sku = catalog::Sku{"FIX-" + std::to_string(10000 + i)};
        product.title = pick(rng, kWords, std::size(kWords)) + " " + pick(rng, kNouns, std::size(kNouns));
        product.price = core::Money(cents(rng), core::Currency::EUR);
        std::cout << "product," << product.sku.code << "," << product.title << "," << product.price.to_string() << "\n";

        const std::string address = "customer" + std::to_string(i) + "@fixtures.example";
        if (users::is_valid_email(address)) {
            std::cout << "customer," << i << ",Customer " << i << "," << address << "\n";
        }
    }
    return 0;
}

#pragma once

#include <string>
#include <string_view>

// Private to payments: a card as tokenised by the payment provider's vault.
// Only payments is supposed to see tokens; everyone else passes a card
// reference string to payments::PaymentService.
namespace payments::internal {

class CardToken {
public:
    // Test helper standing in for the provider's tokenisation call.
    static CardToken from_test_card(std::string_view pan, int expiry_year = 2030, int expiry_month = 12) {
        CardToken card;
        card.last4_ = std::string(pan.substr(pan.size() >= 4 ? pan.size() - 4 : 0));
        card.token_ = "tok_test_" + card.last4_;
        card.expiry_year_ = expiry_year;
        card.expiry_month_ = expiry_month;
        return card;
    }

    const std::string& token() const { return token_; }
    std::string_view last4() const { return last4_; }
    bool expired_at(int year, int month) const {
        return year > expiry_year_ || (year == expiry_year_ && month > expiry_month_);
    }

private:
    CardToken() = default;

    std::string token_;
    std::string last4_;
    int expiry_year_ = 0;
    int expiry_month_ = 0;
};

}  // namespace payments::internal

#pragma once

#include <vector>

#include "catalog/catalog.h"
#include "catalog/inventory.h"
#include "users/user.h"
#include "users/user_directory.h"

// Private to app: demo data loaded at start-up.
namespace app::detail {

struct SeedSummary {
    std::size_t products = 0;
    std::size_t units = 0;
    std::vector<users::UserId> customers;
};

SeedSummary seed_catalog_and_users(catalog::Catalog& catalog, catalog::Inventory& inventory,
                                   users::UserDirectory& directory);

}  // namespace app::detail

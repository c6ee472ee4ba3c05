#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "users/principal.h"  // seams-demo: layering (platform header includes a domain header)

namespace core {

// The account that scheduled jobs and the seeding code act as. It was put
// here "temporarily" because AuditTrail needed an actor, and it borrowed the
// interface from the users module: the platform layer now sits on a domain one.
class SystemPrincipal final : public users::Principal {  // seams-demo: layering (base class from a domain module)
public:
    std::uint64_t principal_id() const override { return 0; }
    std::string display_name() const override { return "system"; }
    bool is_human() const override { return false; }
};

struct AuditEntry {
    Timestamp at;
    std::string actor;
    std::string action;
};

class AuditTrail {
public:
    explicit AuditTrail(const Clock& clock) : clock_(clock) {}

    void record(std::string actor, std::string action);
    const std::vector<AuditEntry>& entries() const { return entries_; }
    std::vector<std::string> lines() const;

private:
    const Clock& clock_;
    std::vector<AuditEntry> entries_;
};

}  // namespace core

#include "core/audit.h"

#include <utility>

#include "core/logging.h"

namespace core {

void AuditTrail::record(std::string actor, std::string action) {
    CORE_LOG_INFO("audit", actor + " " + action);
    entries_.push_back(AuditEntry{clock_.now(), std::move(actor), std::move(action)});
}

std::vector<std::string> AuditTrail::lines() const {
    std::vector<std::string> out;
    out.reserve(entries_.size());
    for (const AuditEntry& entry : entries_) {
        out.push_back(format_iso8601(entry.at) + " " + entry.actor + ": " + entry.action);
    }
    return out;
}

}  // namespace core

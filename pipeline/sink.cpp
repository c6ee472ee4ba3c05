// Implements sink.h.
#include "pipeline/sink.h"

namespace seams {

bool flush(Diagnostics& diags, Sink& sink) {
  diags.report_new([&](const Diagnostic& d) { sink.diagnostic(d); });
  return !diags.has_errors();
}

}  // namespace seams

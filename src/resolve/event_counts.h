// Event counts: links killed, injured, arrested and abducted counts to the event they
// belong to (Event::counts holds indices into Document::counts).
//
// A count belongs to an event of its own sentence whose CAMEO root fits it (killed and
// injured: 18 assault, 19 fight, 20 mass violence; arrested and abducted: 17 coerce), the
// one whose trigger is nearest; with no fitting event there, to the nearest event of the
// sentence; a count in a sentence without events stays unattached rather than guessed.
#pragma once

#include "faultline/document.h"

namespace faultline {

void AttachEventCounts(Document& doc);

}  // namespace faultline

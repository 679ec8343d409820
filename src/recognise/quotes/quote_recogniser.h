// Quote recogniser: fills Document::quotes with direct quotations (spans include their
// marks; a quotation split around its attribution, "“X,” he said, “Y.”", is one quote) and
// indirect attributions ("said that …", "according to …", "accusing … of …"), each with its
// speaker (mention span, resolved name, actor code when doc.actors has one), cue and medium.
// Needs tokens, sentences and parts of speech; uses doc.actors when present.
#pragma once

#include "faultline/document.h"

namespace faultline {

void RecogniseQuotes(Document& doc);

}  // namespace faultline

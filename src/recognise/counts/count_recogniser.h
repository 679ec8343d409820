// Count recogniser: fills Document::counts with casualty, displacement, arrest and housing
// figures, each with its qualifier, category, unit and the counted noun phrase (`who`).
// Needs tokens, sentences and parts of speech (segment stage). See count_category.h for
// how the category is chosen.
#pragma once

#include "faultline/document.h"

namespace faultline {

void RecogniseCounts(Document& doc);

}  // namespace faultline

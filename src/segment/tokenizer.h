// Tokenizer: splits the original text into word, number and punctuation tokens with
// byte spans into it. Clitics are split ("Russia's" -> "Russia" "'s", "don't" -> "do"
// "n't"), hyphenated words are split with the hyphen kept as a token (so dictionary
// entries such as "al-Qaeda" tokenise the same way), abbreviations keep their periods
// ("U.S.", "Mr.", "Jan.") and numbers keep separators ("200,000", "1.6").
#pragma once

#include <string_view>
#include <vector>

#include "faultline/document.h"

namespace faultline {

// Appends the tokens of text[begin, end) to `out`, with spans offset by `begin`.
// Fills span, norm, capitalised and space_before. Requires valid UTF-8.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out);

// Convenience for dictionaries and tests: the folded token strings of a phrase.
std::vector<std::string> TokenizePhrase(std::string_view phrase);

// True when `norm` (folded, with its trailing period) is an abbreviation that does not
// end a sentence by itself: "mr.", "u.s.", "jan.", "gen.".
bool IsAbbreviation(std::string_view norm);

}  // namespace faultline

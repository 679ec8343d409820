// Tagger: a fast rule-based part-of-speech tagger and lemmatiser.
//
// Closed-class words come from a built-in table; open-class words get their possible
// classes and a frequency prior from the Lexicon (WordNet), and context rules choose
// between them (after a determiner a noun, after a modal or "to" a verb, a capitalised
// word inside a sentence a proper noun, ...). It is deliberately shallow: the event coder
// needs verbs, noun phrases, prepositions and clause markers, not a treebank tag set, and
// it must tag hundreds of thousands of tokens per second.
#pragma once

#include "faultline/document.h"
#include "segment/lexicon.h"

namespace faultline {

// Fills pos, lemma and the verb-form flags of every token of `doc`.
void Tag(Document& doc, const Lexicon& lexicon);

// Tags the tokens of one sentence [begin, end) of `text`. Exposed for tests.
void TagSentence(std::vector<Token>& tokens, uint32_t begin, uint32_t end, const Lexicon& lexicon,
                 std::string_view text);

}  // namespace faultline

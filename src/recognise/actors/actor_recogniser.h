// ActorRecogniser: finds actor mentions in a tagged Document and gives each a CAMEO code.
//
// Three steps per sentence: longest-match lookup of countries, named actors and agents;
// composition of a country or named actor with the agent that follows it ("Syrian
// government forces" -> SYR + MIL, "Russia's army" -> RUSMIL, "Hezbollah fighters" ->
// Hezbollah's code); and, for the whole article, a country for bare state agents
// ("government forces" in a Syria story -> SYRMIL) taken from the sentence, else from the
// article's focus country, as a human coder would.
#pragma once

#include "faultline/document.h"
#include "recognise/actors/actor_dictionary.h"

namespace faultline {

// Fills doc.actors. Requires tokens, sentences and tags.
void RecogniseActors(Document& doc, const ActorDictionary& dictionary);

// Publication date as yyyymmdd, 0 when absent or malformed.
int DocumentDateNumber(const Document& doc);

}  // namespace faultline

// Tests of the TABARI dictionary, options and project readers: good lines load, bad
// lines fail with FILE:LINE and the offending text.
#include "code/legacy/tabari_readers.h"

#include <gtest/gtest.h>

#include "code/legacy/tabari_line.h"
#include "code/legacy/tabari_options.h"
#include "code/legacy/tabari_test_util.h"

namespace faultline::tabari {
namespace {

using testing::TempDir;

int RootOf(const Dictionary& d, const std::string& phrase) {
  // Phrases print as TABARI writes them: "_" joins, a blank allows a stem match.
  for (int r = 1; r < d.root_count(); ++r) {
    std::string text;
    for (const PhraseElem& e : d.root(r).phrase) {
      text += d.literals().Text(e.id);
      text += e.conn == kConnPartSkip ? " " : e.conn == kConnFullNext ? "_" : "?";
    }
    if (text == phrase) return r;
  }
  return 0;
}

TEST(TabariActors, ReadsCodesSynonymsAndLists) {
  TempDir dir("tabari-actors");
  Dictionary d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ReadTabariActors(dir.Write("w.actors", testing::kActors), &d, &warnings).ok());
  EXPECT_TRUE(warnings.empty());
  const int north = RootOf(d, "NORTHLAND ");
  ASSERT_GT(north, 0);
  EXPECT_EQ(d.root(north).wtype, WordType::kActor);
  const PatternSet& set = d.pset(d.root(north).pset);
  ASSERT_EQ(set.actor.blocks.size(), 1u);
  EXPECT_EQ(d.codes().Text(set.actor.blocks[0].items[0].actor), "NTH");
  // The synonym shares the entry's date-restricted codes.
  const int king = RootOf(d, "OLD_KING ");
  const int monarch = RootOf(d, "THE_OLD_MONARCH ");
  ASSERT_GT(king, 0);
  ASSERT_GT(monarch, 0);
  EXPECT_EQ(d.root(monarch).pset, d.root(king).pset);
  EXPECT_EQ(d.root(monarch).parent, king);
  const ActorCode& dated = d.pset(d.root(king).pset).actor;
  long before = 0, after = 0;
  ASSERT_TRUE(ParseTabariDate("980101", false, &before));
  ASSERT_TRUE(ParseTabariDate("000101", false, &after));
  EXPECT_EQ(d.codes().Text((*dated.Resolve(before))[0].actor), "OKG");
  EXPECT_EQ(d.codes().Text((*dated.Resolve(after))[0].actor), "OKGREB");
  // Coded compound, nouns and adjectives.
  EXPECT_EQ(d.pset(d.root(RootOf(d, "ISLES_LEAGUE ")).pset).actor.blocks[0].items.size(), 2u);
  EXPECT_EQ(d.root(RootOf(d, "HARBOURS ")).wtype, WordType::kNoun);
  EXPECT_EQ(d.root(RootOf(d, "BRAVE ")).wtype, WordType::kAdjctv);
}

TEST(TabariActors, DuplicateIsAWarningNotAnError) {
  TempDir dir("tabari-actors");
  Dictionary d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(
      ReadTabariActors(dir.Write("d.actors", "NORTHLAND [NTH]\nNORTHLAND [XXX]\n"), &d, &warnings)
          .ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("d.actors:2"), std::string::npos);
}

struct BadLine {
  const char* text;
  int line;
  const char* message;
};

class TabariActorsBad : public ::testing::TestWithParam<BadLine> {};

TEST_P(TabariActorsBad, NamesFileLineAndFragment) {
  TempDir dir("tabari-actors");
  Dictionary d;
  const std::string path = dir.Write("bad.actors", GetParam().text);
  Status s = ReadTabariActors(path, &d);
  ASSERT_FALSE(s.ok());
  const std::string where = path + ":" + std::to_string(GetParam().line) + ":";
  EXPECT_EQ(s.message().rfind(where, 0), 0u) << s.message();
  EXPECT_NE(s.message().find(GetParam().message), std::string::npos) << s.message();
}

INSTANTIATE_TEST_SUITE_P(
    Lines, TabariActorsBad,
    ::testing::Values(BadLine{"NORTHLAND [NTH]\nEMPTY []\n", 2, "empty code"},
                      BadLine{"+ORPHAN\n", 1, "synonym without an actor"},
                      BadLine{"[ABC]\n", 1, "code line without an actor"},
                      BadLine{"X [ABC\n", 1, "missing ']'"},
                      BadLine{"BAD [XYZ <99x101] [ABC]\n", 1, "invalid date"},
                      BadLine{"RANGE [XYZ 990101-991301]\n", 1, "invalid date"},
                      BadLine{"A\n[XYZ]\n", 1, "too short"},
                      BadLine{"OK [A]\nLATE\nNEXT [B]\n", 2, "actor without a code"}));

TEST(TabariActors, UnterminatedNounList) {
  TempDir dir("tabari-actors");
  Dictionary d;
  Status s = ReadTabariActors(dir.Write("n.actors", "<NOUN>\nBOATS\n"), &d);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unterminated"), std::string::npos);
}

TEST(TabariAgents, ReadsRolesAndRejectsCodesWithoutTilde) {
  TempDir dir("tabari-agents");
  Dictionary d;
  ASSERT_TRUE(ReadTabariAgents(dir.Write("w.agents", testing::kAgents), &d).ok());
  const int minister = RootOf(d, "MINISTER_");
  ASSERT_GT(minister, 0);
  EXPECT_EQ(d.root(minister).wtype, WordType::kAgent);
  EXPECT_EQ(d.codes().Text(d.pset(d.root(minister).pset).agent), "~GOV");

  Dictionary bad;
  const std::string path = dir.Write("bad.agents", "GUARDS_ [~MIL]\nSOLDIER_ [MIL]\n");
  Status s = ReadTabariAgents(path, &bad);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":2:", 0), 0u) << s.message();
  EXPECT_NE(s.message().find("'SOLDIER_ [MIL]'"), std::string::npos) << s.message();
  Status missing = ReadTabariAgents(dir.Write("m.agents", "CLERK_\n"), &bad);
  EXPECT_FALSE(missing.ok());
}

TEST(TabariVerbs, ReadsVerbsFormsPatternsSynsetsAndTime) {
  TempDir dir("tabari-verbs");
  Dictionary d;
  ASSERT_TRUE(
      ReadTabariVerbs(
          dir.Write("w.verbs", std::string(testing::kVerbs) + "<TIME>\nLATER_ [+2]\n</TIME>\n"), &d)
          .ok());
  EXPECT_TRUE(d.has_time_list);
  const int denounce = RootOf(d, "DENOUNCE ");
  ASSERT_GT(denounce, 0);
  const PatternSet& set = d.pset(d.root(denounce).pset);
  EXPECT_EQ(d.codes().Text(set.event.code), "122");
  ASSERT_EQ(set.patterns.size(), 2u);
  // Longest pattern first: "&GOODS EXPORTS" (5+7) before the alternatives (8).
  EXPECT_EQ(d.codes().Text(set.patterns[0].event.code), "124");
  EXPECT_EQ(set.patterns[1].maxalt, 8);
  // Forms share the verb's patterns.
  EXPECT_EQ(d.root(RootOf(d, "SENT_")).pset, d.root(RootOf(d, "SEND_")).pset);
  // Paired, subordinate and dominant codes.
  const EventCode& meet = d.pset(d.root(RootOf(d, "MEET ")).pset).event;
  EXPECT_EQ(d.codes().Text(meet.pair), "031");
  EXPECT_TRUE(d.pset(d.root(RootOf(d, "SAID ")).pset).event.sub);
  EXPECT_TRUE(d.pset(d.root(RootOf(d, "VISIT_")).pset).event.dom);
  EXPECT_GT(d.SynsetRoot("&GOODS"), 0);
}

class TabariVerbsBad : public ::testing::TestWithParam<BadLine> {};

TEST_P(TabariVerbsBad, NamesFileLineAndFragment) {
  TempDir dir("tabari-verbs");
  Dictionary d;
  const std::string path = dir.Write("bad.verbs", GetParam().text);
  Status s = ReadTabariVerbs(path, &d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":" + std::to_string(GetParam().line) + ":", 0), 0u)
      << s.message();
  EXPECT_NE(s.message().find(GetParam().message), std::string::npos) << s.message();
}

INSTANTIATE_TEST_SUITE_P(
    Lines, TabariVerbsBad,
    ::testing::Values(BadLine{"- * ORPHAN [010]\n", 1, "pattern before any verb"},
                      BadLine{"GO [010]\n- NO MARKER [011]\n", 2, "pattern without '*'"},
                      BadLine{"GO [010]\n- * &NOPE [011]\n", 2, "undeclared synset"},
                      BadLine{"GO\n", 1, "missing '['"},
                      BadLine{"GO [010]\n{ }\n", 2, "no verb forms"},
                      BadLine{"<SYNSETS>\nWORD\n</SYNSETS>\n", 2, "synset line"},
                      BadLine{"GO [ ]\n", 1, "empty code"}));

TEST(TabariVerbs, UnterminatedSection) {
  TempDir dir("tabari-verbs");
  Dictionary d;
  EXPECT_FALSE(ReadTabariVerbs(dir.Write("t.verbs", "<TIME>\nLATER [+1]\n"), &d).ok());
}

TEST(TabariOptions, AppliesCommands) {
  TempDir dir("tabari-options");
  CodeTable codes;
  TabariOptions o;
  ASSERT_TRUE(ReadTabariOptions(dir.Write("o.options",
                                          "// comment\nCOMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n"
                                          "SET: CODE BY SENTENCE\nSET: MINIMUM WORDS = 4\n"
                                          "DEFAULT: SOURCE [SRC] PRIOR TARGET [TGT]\n"
                                          "COMMA: MIN = 3 MAX = 6 EMIN = 2 EMAX = 5\n"
                                          "FORWARD: ^^*****NNN*SSS\nLABEL: 041=PRAISE\n"),
                                &o, &codes)
                  .ok());
  EXPECT_EQ(o.cplx_verbs, 5);
  EXPECT_EQ(o.cplx_conj, 4);
  EXPECT_TRUE(o.cplx_no_actor_prior);
  EXPECT_EQ(o.code_mode, 1);
  EXPECT_EQ(o.min_lex, 3);
  EXPECT_TRUE(o.has_default_source && o.default_prior);
  EXPECT_EQ(codes.Text(o.default_target), "TGT");
  EXPECT_FALSE(o.default_after);
  EXPECT_EQ(o.min_subord, 3);
  EXPECT_EQ(o.max_end_subord, 5);
  EXPECT_TRUE(o.use_forward);
  EXPECT_EQ(o.id_loc, 2);
  EXPECT_EQ(o.story_loc, 7);
  EXPECT_EQ(o.sent_len, 3);
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: OFF", &o, &codes).ok());
  EXPECT_FALSE(o.has_default_source);
  ASSERT_TRUE(ApplyTabariOption("COMMA: OFF", &o, &codes).ok());
  EXPECT_EQ(o.max_subord, 0);
}

TEST(TabariOptions, BadCommandNamesFileLine) {
  TempDir dir("tabari-options");
  CodeTable codes;
  TabariOptions o;
  const std::string path = dir.Write("bad.options", "SET: CODE ALL\nZAP: EVERYTHING\n");
  Status s = ReadTabariOptions(path, &o, &codes);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(path + ":2:", 0), 0u) << s.message();
  EXPECT_NE(s.message().find("'ZAP: EVERYTHING'"), std::string::npos);
  EXPECT_FALSE(ApplyTabariOption("NO COLON HERE", &o, &codes).ok());
  EXPECT_FALSE(ApplyTabariOption("DEFAULT: SOURCE [  ]", &o, &codes).ok());
}

TEST(TabariProject, ResolvesFilesBesideIt) {
  TempDir dir("tabari-project");
  TabariProject p;
  const std::string path = dir.Write("w.project", testing::kProject);
  ASSERT_TRUE(ReadTabariProject(path, &p).ok());
  ASSERT_EQ(p.dictionaries.size(), 3u);
  EXPECT_EQ(p.dictionaries[0].kind, TabariProject::Dict::Kind::kActors);
  EXPECT_EQ(p.dictionaries[0].path, dir.path() + "/world.actors");
  EXPECT_EQ(p.options, dir.path() + "/world.options");
  ASSERT_EQ(p.texts.size(), 1u);

  const std::string bad = dir.Write("b.project", "<verbsfile> v.verbs\n<actorsfile>\n");
  Status s = ReadTabariProject(bad, &p);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(bad + ":2:", 0), 0u) << s.message();
  EXPECT_FALSE(ReadTabariProject(dir.Write("c.project", "<verbsfile> v.verbs\n"), &p).ok());
}

TEST(TabariLine, NormalisesLikeTabari) {
  TabariLine l;
  ASSERT_TRUE(ParseTabariLine("- suggested_{never|don't} * anti-war [171] ;note", false, &l).ok());
  EXPECT_EQ(l.phrase, "- SUGGESTED_{ NEVER | DON'T }  * ANTI_WAR");  // TABARI's blanks
  EXPECT_EQ(l.code, "[171] ");
  EXPECT_EQ(l.comment, "note");
  ASSERT_TRUE(ParseTabariLine("+SYNONYM", false, &l).ok());
  EXPECT_EQ(l.code, "[---]");
}

}  // namespace
}  // namespace faultline::tabari

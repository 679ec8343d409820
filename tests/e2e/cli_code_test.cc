// End-to-end tests of `faultline code` as a user runs it: real binary, real files, stdout
// parsed as JSON Lines, stderr and exit status checked.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct CliRun {
  int status = -1;
  std::string out, err;
};

CliRun Faultline(const std::string& args, const std::string& stdin_text = "") {
  const std::string dir = ::testing::TempDir();
  const std::string in = dir + "/cli_in.txt", out = dir + "/cli_out.txt", err = dir + "/cli_err.txt";
  std::ofstream(in, std::ios::binary) << stdin_text;
  std::string cmd = std::string(FAULTLINE_BIN) + " " + args + " < " + in + " > " + out + " 2> " + err;
  CliRun r;
  int raw = std::system(cmd.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  std::stringstream o, e;
  o << std::ifstream(out).rdbuf();
  e << std::ifstream(err).rdbuf();
  r.out = o.str();
  r.err = e.str();
  return r;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) v.push_back(nlohmann::json::parse(line));
  return v;
}

TEST(CliCode, OneObjectPerArticleInOrderWithEveryLayer) {
  std::string input =
      R"({"id":"a","text":"Russian warplanes bombed rebels in Idlib on Thursday.","date":"2019-12-27"})" "\n"
      R"({"id":"b","text":"The United Nations warned of a humanitarian catastrophe.","date":"2019-12-27"})" "\n";
  CliRun r = Faultline("code --in jsonl -", input);
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[1]["id"], "b");
  for (const char* layer : {"events", "actors", "places", "timex", "counts", "quotes"}) {
    EXPECT_TRUE(lines[0][layer].is_array()) << layer;
  }
  ASSERT_FALSE(lines[0]["events"].empty());
  const auto& e = lines[0]["events"][0];
  EXPECT_EQ(e["source"]["code"], "RUSMIL");
  EXPECT_EQ(e["quad_class"], 4);
  EXPECT_TRUE(e["provenance"]["pattern"].get<std::string>().rfind("verbs/", 0) == 0);
  EXPECT_NE(r.err.find("2 articles"), std::string::npos);
}

TEST(CliCode, BadArticlesGetAnErrorAndTheBatchGoesOn) {
  std::string input = std::string(R"({"id":"ok1","text":"Turkey attacked Syria."})") + "\n" +
                      "{broken json\n" +
                      R"({"text":"no id"})" + "\n" +
                      R"({"id":"nul","text":"a\u0000b"})" + "\n" +
                      R"({"id":"empty","text":"   "})" + "\n" +
                      "{\"id\":\"badutf8\",\"text\":\"caf\xff\"}\n" +
                      R"({"id":"ok2","text":"Iran condemned Israel."})" + "\n";
  CliRun r = Faultline("code --in jsonl -", input);
  EXPECT_EQ(r.status, 0) << "bad articles are not a failure of the input as a whole";
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 7u);
  EXPECT_EQ(lines[0]["id"], "ok1");
  EXPECT_TRUE(lines[0].contains("events"));
  EXPECT_EQ(lines[1]["error"], "broken JSON");
  EXPECT_EQ(lines[2]["error"], "missing \"id\"");
  EXPECT_EQ(lines[3]["error"], "NUL byte at byte 1");
  EXPECT_EQ(lines[4]["error"], "empty text");
  EXPECT_TRUE(lines[5].contains("error"));  // invalid UTF-8 (or refused by the JSON parser)
  EXPECT_EQ(lines[6]["id"], "ok2");
  EXPECT_NE(r.err.find("5 errors"), std::string::npos) << r.err;
}

TEST(CliCode, HugeSingleLineIsRefusedWithoutStoppingTheBatch) {
  std::string huge(10u << 20, 'a');
  std::string input = "{\"id\":\"huge\",\"text\":\"" + huge + "\"}\n" +
                      R"({"id":"after","text":"Turkey attacked Syria."})" + "\n";
  CliRun r = Faultline("code --in jsonl -", input);
  EXPECT_EQ(r.status, 0);
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0]["error"].get<std::string>().find("too large"), std::string::npos);
  EXPECT_EQ(lines[1]["id"], "after");
}

TEST(CliCode, TextFilesUseTheFileNameAndDateAndCodePointOffsets) {
  const std::string path = ::testing::TempDir() + "/report-1.txt";
  // The curly quotes are 3 bytes each in UTF-8 but one code point each in the output.
  std::ofstream(path) << "\u201cStop,\u201d he said. Russia bombed Syria.";
  CliRun r = Faultline("code --date 2019-12-27 " + path);
  ASSERT_EQ(r.status, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["id"], "report-1.txt");
  EXPECT_EQ(lines[0]["date"], "2019-12-27");
  bool found = false;
  for (const auto& a : lines[0]["actors"]) {
    if (a["text"] == "Russia") {
      found = true;
      EXPECT_EQ(a["start"], 17);  // code points, not bytes (bytes would be 21)
      EXPECT_EQ(a["end"], 23);
    }
  }
  EXPECT_TRUE(found) << r.out;
}

TEST(CliCode, UnreadableInputIsTheOnlyFailure) {
  CliRun r = Faultline("code /nonexistent/file.jsonl");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("cannot open /nonexistent/file.jsonl"), std::string::npos) << r.err;
}

TEST(CliCode, TableOutputIsReadable) {
  CliRun r = Faultline("code --out table --in jsonl -",
                    R"({"id":"t","text":"Russian warplanes bombed rebels.","date":"2019-12-27"})" "\n");
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("== t  (2019-12-27)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RUSMIL"), std::string::npos) << r.out;
}

TEST(CliCode, UnknownDictionaryDirectoryFailsClearly) {
  CliRun r = Faultline("code --dictionaries /nonexistent-dir --in jsonl -", "");
  EXPECT_NE(r.status, 0);
  EXPECT_FALSE(r.err.empty());
}

}  // namespace

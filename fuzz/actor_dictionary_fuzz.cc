// Fuzzes the native actor and agent dictionary parser through a temporary file: a bad
// line must give a Status naming the file and line, never a crash.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "recognise/actors/actor_dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/faultline-fuzz-actors-" + std::to_string(getpid()) + ".txt";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  for (bool agents : {false, true}) {
    faultline::ActorDictionary dict;
    faultline::Status s = agents ? dict.LoadAgentFile(path) : dict.LoadActorFile(path);
    if (!s.ok() && s.message().find(path) == std::string::npos) std::abort();
  }
  std::remove(path.c_str());  // a run leaves no file behind
  return 0;
}

# Warning flags for everything faultline compiles itself.
add_library(faultline_warnings INTERFACE)
target_compile_options(faultline_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
                       -Wnon-virtual-dtor -Wimplicit-fallthrough)
if(FAULTLINE_WERROR)
  target_compile_options(faultline_warnings INTERFACE -Werror)
endif()
# GCC's -Wmaybe-uninitialized misfires inside libstdc++ (std::regex, std::function) once
# AddressSanitizer instruments the code; with -Werror that broke the asan preset.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_FLAGS MATCHES "-fsanitize=[^ ]*address")
  target_compile_options(faultline_warnings INTERFACE -Wno-maybe-uninitialized)
endif()

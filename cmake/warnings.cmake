# Warning flags for everything faultline compiles itself.
add_library(faultline_warnings INTERFACE)
target_compile_options(faultline_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
                       -Wnon-virtual-dtor -Wimplicit-fallthrough)
if(FAULTLINE_WERROR)
  target_compile_options(faultline_warnings INTERFACE -Werror)
endif()

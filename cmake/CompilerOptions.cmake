# Warning and sanitizer flags shared by every Concord target.
add_library(concord_options INTERFACE)
target_compile_options(concord_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local)
if(CONCORD_WERROR)
  target_compile_options(concord_options INTERFACE -Werror)
endif()
if(CONCORD_SANITIZE)
  target_compile_options(concord_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(concord_options INTERFACE -fsanitize=address,undefined)
endif()

# concord_embed_text(TARGET FILE FUNCTION): compiles FILE's text into TARGET as
# `std::string_view concord::FUNCTION()`.
function(concord_embed_text target file function)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${function}.cpp)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out} -DFUNCTION=${function}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/embed_text.cmake
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()

#pragma once

#include <string_view>

namespace eg {

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF, no truncated sequence). ASCII is checked 8 bytes at a time.
bool isValidUtf8(std::string_view text);

} // namespace eg

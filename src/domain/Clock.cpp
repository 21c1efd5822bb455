#include "Clock.h"

namespace bilan {

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace bilan

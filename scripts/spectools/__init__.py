"""Tools that follow the vendor's spec: import (normalise + overlay), change report, Python names."""

/*
 * Compares Debian versions with dpkg's own library (libdpkg, from libdpkg-dev): the code
 * `dpkg --compare-versions` runs, without a process per pair. Reads "A<TAB>B" lines on stdin,
 * prints -1, 0 or 1 per line, or "invalid" when dpkg's parser rejects either version (errors
 * and warnings alike, as `dpkg --compare-versions` reports both).
 */
#define LIBDPKG_VOLATILE_API 1
#include <stdio.h>
#include <string.h>
#include <dpkg/dpkg.h>
#include <dpkg/dpkg-db.h>
#include <dpkg/version.h>

int main(void)
{
	static char line[65536];
	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\n")] = '\0';
		char *tab = strchr(line, '\t');
		if (tab == NULL)
			return 2;
		*tab = '\0';
		struct dpkg_version a, b;
		struct dpkg_error err;
		if (parseversion(&a, line, &err) < 0 || parseversion(&b, tab + 1, &err) < 0) {
			puts("invalid");
			continue;
		}
		int r = dpkg_version_compare(&a, &b);
		printf("%d\n", r < 0 ? -1 : r > 0 ? 1 : 0);
	}
	return 0;
}

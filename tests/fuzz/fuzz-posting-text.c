/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fuzz target: the plain-text posting import, then every export of what it read. */

#include "config.h"

#include <stdint.h>

#include "fuzz-check.h"
#include "sl-error.h"
#include "sl-posting-jsonld.h"
#include "sl-posting-markdown.h"
#include "sl-posting-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GDateTime) now = g_date_time_new_utc (2025, 3, 10, 12, 0, 0);
  g_autoptr (SlPosting) posting = NULL;
  g_autoptr (GError) error = NULL;

  posting = sl_posting_text_parse ((const char *) data, size, now, &error);
  if (posting == NULL)
    {
      FUZZ_CHECK (error != NULL && error->domain == SL_ERROR && error->code == SL_ERROR_PARSE);
      return 0;
    }
  FUZZ_CHECK (error == NULL);
  FUZZ_CHECK (sl_posting_get_title (posting) != NULL);

  {
    g_autofree char *markdown = sl_posting_to_markdown (posting);
    g_autofree char *text = sl_posting_to_text (posting);
    g_autofree char *json = sl_posting_to_jsonld (posting, &error);
    g_autoptr (SlPosting) back = NULL;

    FUZZ_CHECK (markdown != NULL && text != NULL && json != NULL);
    FUZZ_CHECK (g_utf8_validate (markdown, -1, NULL) && g_utf8_validate (text, -1, NULL));
    /* what we export, we import */
    back = sl_posting_from_jsonld (json, -1, &error);
    if (back == NULL)
      fuzz_fail ("the JSON-LD export did not import: %s\n%s", error->message, json);
    FUZZ_CHECK (g_strcmp0 (sl_posting_get_title (back), sl_posting_get_title (posting)) == 0);
  }

  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which GSK renderer draws Shortlist's windows.
 *
 * GTK 4.8 draws with OpenGL wherever a GL context can be made, even when the
 * GL driver is a software rasterizer (Mesa's llvmpipe in a virtual machine,
 * a remote session or a machine without a GPU driver). There every GL frame
 * is a full repaint of the window on the CPU, while the cairo renderer
 * repaints only what changed: on the 100 000-candidate board a card move
 * took 27 ms with GL on llvmpipe and 11 ms with cairo, and the board's
 * first frame 246 ms against 160 ms. Newer GTK also avoids GL on llvmpipe
 * when something better is there. So on a software rasterizer the windows
 * use cairo; with a real GPU nothing changes, and GSK_RENDERER, when set,
 * still decides. */
#define G_LOG_DOMAIN "sl-renderer"

#include "config.h"

#include <epoxy/gl.h>

#include "sl-renderer.h"

/* GL_RENDERER strings of Mesa's software rasterizers. */
static const char * const software_renderers[] = {
  "llvmpipe",
  "softpipe",
  "Software Rasterizer",
  "SWR",
};

static gboolean
gl_is_software (GdkDisplay *display)
{
  g_autoptr (GdkGLContext) context = NULL;
  g_autoptr (GError) error = NULL;
  const char *renderer;
  gboolean software = FALSE;

  context = gdk_display_create_gl_context (display, &error);
  if (context == NULL || !gdk_gl_context_realize (context, &error))
    {
      /* GTK finds out for itself and falls back to cairo. */
      g_debug ("No GL context: %s", error->message);
      return FALSE;
    }

  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  if (renderer != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (software_renderers) && !software; i++)
        software = strstr (renderer, software_renderers[i]) != NULL;
      g_debug ("GL renderer: %s", renderer);
    }
  gdk_gl_context_clear_current ();

  return software;
}

/**
 * sl_renderer_choose:
 * @display: the display the windows will be on
 *
 * Makes the windows on @display use the cairo renderer when OpenGL is
 * rendered in software, unless the GSK_RENDERER environment variable
 * chooses. Call it before the first window is realized.
 *
 * It sets the "gsk-renderer" data of @display, which GTK reads first when
 * it creates a window's renderer (GTK's inspector sets it the same way).
 */
void
sl_renderer_choose (GdkDisplay *display)
{
  g_return_if_fail (GDK_IS_DISPLAY (display));

  if (g_getenv ("GSK_RENDERER") != NULL ||
      g_object_get_data (G_OBJECT (display), "gsk-renderer") != NULL)
    return;

  if (gl_is_software (display))
    {
      g_debug ("OpenGL is rendered in software: drawing with cairo");
      g_object_set_data (G_OBJECT (display), "gsk-renderer", (gpointer) "cairo");
    }
}

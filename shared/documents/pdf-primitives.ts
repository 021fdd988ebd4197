/**
 * @file react-pdf's components as the core hands them to the templates of measures 5–6 (claims, notices, mailing
 * lists). Templates import react-pdf's types only: the core loads react-pdf at run time (see render-penalty-pdf.ts).
 */
import type { Document, G, Image, Line, Page, Path, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';

export interface DocumentPrimitives {
  Document: typeof Document;
  Page: typeof Page;
  Text: typeof Text;
  View: typeof View;
  Image: typeof Image;
  Svg: typeof Svg;
  Path: typeof Path;
  /** SVG pieces of the printed charts (shared/documents/charts/). */
  Rect: typeof Rect;
  Line: typeof Line;
  Polyline: typeof Polyline;
  G: typeof G;
}

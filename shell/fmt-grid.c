/*
 * shell/fmt-grid.c -- one buffered result set, for the formats that must
 * see every row before printing the first (table and markdown measure
 * column widths).  Cells are stored already escaped and measured, in one
 * text arena, so a row costs no allocation once the arrays have grown.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shell/fmt.h"

/* Make room for one more row of ncols cells; -1 (and g->oom) if not. */
static int
grid_reserve_row(struct grid *g, int ncols)
{
	size_t need = g->ncells + (size_t)ncols;

	if (g->oom)
		return -1;
	if (need > g->cells_cap) {
		size_t			 cap = g->cells_cap ? g->cells_cap : 64;
		struct grid_cell	*cells;

		while (cap < need)
			cap *= 2;
		if (cap > SIZE_MAX / sizeof(*cells) ||
		    (cells = realloc(g->cells, cap * sizeof(*cells))) == NULL) {
			g->oom = 1;
			return -1;
		}
		g->cells = cells;
		g->cells_cap = cap;
	}
	if (g->nrows + 1 > g->rows_cap) {
		size_t		 cap = g->rows_cap ? g->rows_cap * 2 : 64;
		unsigned char	*total;

		if ((total = realloc(g->total, cap)) == NULL) {
			g->oom = 1;
			return -1;
		}
		g->total = total;
		g->rows_cap = cap;
	}
	return 0;
}

/* A width as stored in a cell (no terminal is 4 billion columns wide). */
static uint32_t
clamp_width(size_t width)
{
	return width > UINT32_MAX ? UINT32_MAX : (uint32_t)width;
}

/* Add one cell holding `v`, shown with `scale` decimals if a real. */
static void
grid_add_cell(struct grid *g, const struct ss_value *v, int scale,
    unsigned how)
{
	struct grid_cell *cell = &g->cells[g->ncells++];

	cell->off = g->text.len;
	cell->width = 0;
	switch (v->type) {
	case SS_INT:
	case SS_REAL:
		cell->kind = CELL_NUMBER;
		fmt_number(&g->text, v, scale);
		cell->width = clamp_width(g->text.len - cell->off); /* ASCII */
		break;
	case SS_TEXT:
		if (v->u.s != NULL) {
			cell->kind = CELL_TEXT;
			cell->width = clamp_width(fmt_escape_display(&g->text,
			    v->u.s, strlen(v->u.s), how));
			break;
		}
		/* FALLTHROUGH */
	default:
		cell->kind = CELL_NULL;
		break;
	}
}

void
grid_begin(struct grid *g, const struct ss_column *cols, int ncols,
    unsigned how)
{
	int i;

	grid_clear(g);
	if (grid_reserve_row(g, ncols) < 0)
		return;
	for (i = 0; i < ncols; i++) {
		struct ss_value name = SS_TEXT_VALUE(cols[i].name);

		grid_add_cell(g, &name, -1, how);
	}
	g->total[g->nrows++] = 0;
}

void
grid_add_row(struct grid *g, const struct ss_column *cols, int ncols,
    const struct ss_value *vals, int total, unsigned how)
{
	int i;

	if (grid_reserve_row(g, ncols) < 0)
		return;
	for (i = 0; i < ncols; i++)
		grid_add_cell(g, &vals[i], cols[i].scale, how);
	g->total[g->nrows++] = (unsigned char)(total != 0);
}

const struct grid_cell *
grid_cell(const struct grid *g, int ncols, size_t row, int col,
    const char **text, size_t *len)
{
	size_t			 i = row * (size_t)ncols + (size_t)col;
	const struct grid_cell	*cell = &g->cells[i];
	size_t			 end = i + 1 < g->ncells ?
				    g->cells[i + 1].off : g->text.len;

	*text = g->text.data + cell->off;
	*len = end - cell->off;
	return cell;
}

void
grid_measure(const struct grid *g, const struct ss_column *cols, int ncols,
    size_t *widths, unsigned char *right)
{
	size_t	row;
	int	col;

	for (col = 0; col < ncols; col++) {
		/* A column of unknown type (an SQL expression, say) is
		 * numeric when every value in it is a number. */
		int numbers = 0, others = 0;

		widths[col] = 0;
		for (row = 0; row < g->nrows; row++) {
			const struct grid_cell *cell =
			    &g->cells[row * (size_t)ncols + (size_t)col];

			if (cell->width > widths[col])
				widths[col] = cell->width;
			if (row == 0 || cell->kind == CELL_NULL)
				continue;
			if (cell->kind == CELL_NUMBER)
				numbers++;
			else
				others++;
		}
		right[col] = fmt_is_number(cols[col].type) ||
		    (cols[col].type == SS_NULL && numbers > 0 && others == 0);
	}
}

void
grid_clear(struct grid *g)
{
	g->ncells = 0;
	g->nrows = 0;
	g->text.len = 0;
}

void
grid_free(struct grid *g)
{
	free(g->cells);
	free(g->total);
	buf_free(&g->text);
	memset(g, 0, sizeof(*g));
}
